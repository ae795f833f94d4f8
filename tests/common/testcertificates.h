#pragma once

#include <QByteArray>

namespace TestCertificates {

// A self-signed test CA (EC P-256, CN "Import Desk Test CA a", valid until 2126); it signs
// nothing.
inline const QByteArray kTestCaPem =
    QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                      "MIIBzjCCAXWgAwIBAgIUV6mNAlnq8EmFGXIXqTS7u6FM57IwCgYIKoZIzj0EAwIw\n"
                      "PDEeMBwGA1UEAwwVSW1wb3J0IERlc2sgVGVzdCBDQSBhMRowGAYDVQQKDBFJbXBv\n"
                      "cnQgRGVzayBUZXN0czAgFw0yNjExMjQxMzQ5NTRaGA8yMTI2MTAzMTEzNDk1NFow\n"
                      "PDEeMBwGA1UEAwwVSW1wb3J0IERlc2sgVGVzdCBDQSBhMRowGAYDVQQKDBFJbXBv\n"
                      "cnQgRGVzayBUZXN0czBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABJNYzwOj+JBw\n"
                      "IAPYHWGrI5gdOzH6iVtYRLtMkfSHOj4qVWCnF9lCufuFHVFywfsM3VNaDpAeNTAx\n"
                      "/kbETNc69hijUzBRMB0GA1UdDgQWBBTpe84spTni60ucnniILbihtFJd9DAfBgNV\n"
                      "HSMEGDAWgBTpe84spTni60ucnniILbihtFJd9DAPBgNVHRMBAf8EBTADAQH/MAoG\n"
                      "CCqGSM49BAMCA0cAMEQCIEQUAKaluO1duFzspLoYdqK+6xmoMGAPfUAtIpLxHFPw\n"
                      "AiAN/feJOku8Q9J7BApxVmksDeg8snx1Z/lUkAhhdkWkig==\n"
                      "-----END CERTIFICATE-----\n");

} // namespace TestCertificates
