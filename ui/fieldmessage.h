#pragma once

#include <QString>
#include <QWidget>

class QLabel;

// The message under a form field: an icon and a sentence, so that the kind of message never
// depends on colour alone. Hidden when there is nothing to say.
class FieldMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    enum class Kind { None, Error, Warning, Info, Success };
    Q_ENUM(Kind)

    explicit FieldMessage(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text);
    void clear() { setMessage(Kind::None, {}); }

    Kind kind() const { return m_kind; }
    QString text() const;
    // "Error: …", "Warning: …": what a screen reader should say about the field.
    QString accessibleText() const;
    // Selectable text, for results that carry ARNs and request ids.
    void setTextSelectable(bool selectable);

    static QString iconPath(Kind kind);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Form layouts give word-wrapped labels the height of a narrower column; the message
    // sizes itself to the lines its text takes at its actual width.
    void updateHeight();

    Kind m_kind = Kind::None;
    bool m_heightPending = false;
    QLabel *m_icon;
    QLabel *m_text;
};
