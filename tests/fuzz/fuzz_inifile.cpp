// The AWS config and credentials files as the shared configuration reads them. Input: the config
// file, then optionally a NUL byte and the credentials file.
#include "fuzzinput.h"

#include "aws/inifile.h"
#include "aws/sharedconfig.h"

namespace {

void checkIni(const IniFile &ini)
{
    for (const IniSection &section : ini.sections()) {
        // Repeated sections are merged, so every name leads back to its own section.
        FuzzInput::check(ini.section(section.name) == &section);
        FuzzInput::check(section.line >= 1);
        for (auto it = section.subProperties.cbegin(); it != section.subProperties.cend(); ++it)
            FuzzInput::check(section.properties.contains(it.key()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const IniFile config =
        IniFile::parse(split < 0 ? input : input.left(split), QStringLiteral("config"));
    const IniFile credentials = IniFile::parse(split < 0 ? QByteArray() : input.mid(split + 1),
                                               QStringLiteral("credentials"));
    checkIni(config);
    checkIni(credentials);

    const QString home = QStringLiteral("/home/operator");
    const SharedConfig shared = SharedConfig::fromFiles(config, credentials, home);
    const QStringList profiles = shared.profiles();
    for (const QString &name : profiles) {
        FuzzInput::check(shared.hasProfile(name));
        const QMap<QString, QString> properties = shared.profile(name);
        (void)shared.profileSection(name);
        for (const QString &value : properties)
            (void)SharedConfig::expandHome(value, home);
    }
    // "default" first, then in order, without repeats.
    for (qsizetype i = 1; i < profiles.size(); ++i) {
        FuzzInput::check(profiles.at(i) != QLatin1String("default"));
        if (i > 1 || profiles.at(0) != QLatin1String("default"))
            FuzzInput::check(profiles.at(i - 1) < profiles.at(i));
    }
    for (const QString &name : shared.sessions()) {
        FuzzInput::check(shared.hasSession(name));
        (void)shared.session(name);
    }
    for (const QString &name : shared.servicesSections()) {
        FuzzInput::check(shared.hasServices(name));
        (void)shared.services(name);
    }
    return 0;
}
