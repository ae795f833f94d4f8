#pragma once

#include <QByteArray>
#include <QString>

class QJsonDocument;

// Makes text that importdesk-cli did not write itself (answers of a server, output of a helper,
// values read from a file) safe to print on a terminal: secrets masked, and every character that
// a terminal would act on instead of showing shown as a visible escape.
namespace TerminalText {

// Control characters written as escapes: \n, \r and \t; other C0 controls, ESC and DEL as \xHH;
// C1 controls and the Unicode bidirectional controls (which can make text read differently
// from what it is) as \uHHHH. Everything else is kept.
QString escaped(const QString &text);

// True when escaped() would change the text.
bool hasControlCharacters(const QString &text);

// What the CLI prints of foreign text in its text output: redacted, then escaped.
QString shown(const QString &text);

// Indented JSON for standard output, with every string value redacted. The JSON writer
// escapes C0 controls but writes DEL, C1 and bidirectional controls raw; those are escaped as
// \uHHHH as well, so that the text is still the same JSON for a program reading it.
QByteArray json(const QJsonDocument &document);

} // namespace TerminalText
