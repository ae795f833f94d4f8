#include "aws/awscredentials.h"
#include "aws/sigv4.h"
#include "aws/sigv4signer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

// What a signature costs: SigV4Signer on a CreateDatasetImportJob request as AwsCall builds
// it, against the crypto floor, the hashing and MAC that any SigV4 signer must do with OpenSSL
// (SHA-256 of the body and of the canonical request, one HMAC with a cached signing key).
// Prints `name: median unit (min–max, n runs)` lines, then runs tests/bench/sigv4_botocore.py,
// which times the same request with botocore, and prints the ratios. Times are CPU time of the
// thread, so that a busy machine slows the figures less; the signature and the floor run
// alternately so that both see the same load. Usage: bench_sigv4 [runs] [signatures per run]
namespace {

double cpuMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

const QByteArray kBody = QByteArrayLiteral(
    R"({"jobName":"interactions-2024-05-01","datasetArn":"arn:aws:personalize:us-east-1:)"
    R"(123456789012:dataset/retail-shop/INTERACTIONS","dataSource":{"dataLocation":)"
    R"("s3://retail-shop-imports/interactions/2024-05-01/"},"roleArn":"arn:aws:iam::)"
    R"(123456789012:role/PersonalizeS3Access","importMode":"INCREMENTAL",)"
    R"("publishAttributionMetricsToS3":false})");

SigV4::Request createDatasetImportJob()
{
    SigV4::Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QByteArrayLiteral("/");
    request.headers = {
        {QByteArrayLiteral("Host"), QByteArrayLiteral("personalize.us-east-1.amazonaws.com")},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-amz-json-1.1")},
        {QByteArrayLiteral("X-Amz-Target"),
         QByteArrayLiteral("AmazonPersonalize.CreateDatasetImportJob")},
        {QByteArrayLiteral("amz-sdk-invocation-id"),
         QByteArrayLiteral("3f1c2a7e-9b4d-4e0a-8c5f-2d6b7a1e9f03")},
        {QByteArrayLiteral("amz-sdk-request"), QByteArrayLiteral("attempt=1; max=3")},
    };
    request.body = kBody;
    return request;
}

AwsCredentials credentials()
{
    AwsCredentials result;
    result.accessKeyId = QStringLiteral("ASIAIOSFODNN7EXAMPLE");
    result.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    // Temporary credentials, as IAM Identity Center gives them; the token is signed too.
    result.sessionToken = QString(QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLETOKEN")).repeated(12);
    return result;
}

SigV4::Params params()
{
    SigV4::Params result;
    result.region = QStringLiteral("us-east-1");
    result.service = QStringLiteral("personalize");
    result.time = QDateTime(QDate(2024, 5, 1), QTime(8, 30, 15), QTimeZone::utc());
    return result;
}

struct Figure
{
    double median = 0;
    double min = 0;
    double max = 0;
    int runs = 0;
};

Figure summarize(std::vector<double> perCall)
{
    std::sort(perCall.begin(), perCall.end());
    const auto n = perCall.size();
    const double median = n % 2 ? perCall[n / 2] : (perCall[n / 2 - 1] + perCall[n / 2]) / 2;
    return {median, perCall.front(), perCall.back(), int(n)};
}

// Times `runs` runs of `perRun` calls of each of `a` and `b`, alternating; each run gives the
// mean time of one call.
template<typename A, typename B>
std::pair<Figure, Figure> measure(int runs, int perRun, A a, B b)
{
    for (int i = 0; i < perRun; ++i) { // warm caches and the signer's key cache
        a();
        b();
    }
    std::vector<double> timesA;
    std::vector<double> timesB;
    for (int run = 0; run < runs; ++run) {
        double start = cpuMicroseconds();
        for (int i = 0; i < perRun; ++i)
            a();
        timesA.push_back((cpuMicroseconds() - start) / perRun);
        start = cpuMicroseconds();
        for (int i = 0; i < perRun; ++i)
            b();
        timesB.push_back((cpuMicroseconds() - start) / perRun);
    }
    return {summarize(timesA), summarize(timesB)};
}

void print(const char *name, const Figure &figure)
{
    std::printf("%s: %.2f µs (%.2f–%.2f, %d runs)\n", name, figure.median, figure.min, figure.max,
                figure.runs);
}

// The floor, written as directly as OpenSSL allows: fetched once, contexts reused.
class CryptoFloor
{
public:
    CryptoFloor()
        : m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_digest(EVP_MD_CTX_new())
        , m_hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr))
        , m_mac(EVP_MAC_CTX_new(m_hmac))
    {
        char digestName[] = "SHA256";
        const OSSL_PARAM settings[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
            OSSL_PARAM_construct_end()};
        if (!m_sha256 || !m_digest || !m_hmac || !m_mac || !EVP_MAC_CTX_set_params(m_mac, settings))
            std::abort();
    }
    ~CryptoFloor()
    {
        EVP_MAC_CTX_free(m_mac);
        EVP_MAC_free(m_hmac);
        EVP_MD_CTX_free(m_digest);
        EVP_MD_free(m_sha256);
    }
    Q_DISABLE_COPY_MOVE(CryptoFloor)

    void sha256(const QByteArray &data, unsigned char *out)
    {
        unsigned int size = 0;
        if (!EVP_DigestInit_ex(m_digest, m_sha256, nullptr) ||
            !EVP_DigestUpdate(m_digest, data.constData(), size_t(data.size())) ||
            !EVP_DigestFinal_ex(m_digest, out, &size)) {
            std::abort();
        }
    }

    void hmac(const QByteArray &key, const QByteArray &message, unsigned char *out)
    {
        size_t size = 0;
        if (!EVP_MAC_init(m_mac, reinterpret_cast<const unsigned char *>(key.constData()),
                          size_t(key.size()), nullptr) ||
            !EVP_MAC_update(m_mac, reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) ||
            !EVP_MAC_final(m_mac, out, &size, 32)) {
            std::abort();
        }
    }

private:
    EVP_MD *m_sha256;
    EVP_MD_CTX *m_digest;
    EVP_MAC *m_hmac;
    EVP_MAC_CTX *m_mac;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 31;
    const int perRun = argc > 2 ? std::atoi(argv[2]) : 5000;
    if (runs < 1 || perRun < 1) {
        std::fprintf(stderr, "usage: bench_sigv4 [runs] [signatures per run]\n");
        return 2;
    }

    const AwsCredentials keys = credentials();
    const SigV4::Params when = params();
    SigV4Signer signer;
    SigV4::Request request = createDatasetImportJob();
    signer.sign(request, keys, when);

    // The floor hashes exactly what the signer hashed: its canonical request and string to sign.
    SigV4::Request unsigned_ = request;
    unsigned_.removeHeader("authorization");
    const QByteArray canonical = SigV4::canonicalRequest(
        unsigned_, SigV4::defaultSignedHeaders(unsigned_), when.normalizePath);
    const QString scope = SigV4::credentialScope(when.time.date(), when.region, when.service);
    const QByteArray toSign = SigV4::stringToSign(canonical, when.time, scope);
    const QByteArray key = SigV4::signingKey(keys.secretAccessKey.toUtf8(), when.time.date(),
                                             when.region, when.service);
    CryptoFloor floor;
    unsigned char digest[32];

    // Signing the same request again replaces the earlier signature, as a retry does.
    const auto [signature, crypto] = measure(
        runs, perRun, [&] { signer.sign(request, keys, when); },
        [&] {
            floor.sha256(unsigned_.body, digest);
            floor.sha256(canonical, digest);
            floor.hmac(key, toSign, digest);
        });

    print("sigv4 signature of CreateDatasetImportJob", signature);
    print("crypto floor (OpenSSL SHA-256 x2 + HMAC, cached key)", crypto);
    std::printf("signature / floor: %.2f×\n", signature.median / crypto.median);

    // The peer: botocore, from Debian's python3-botocore, on the same request.
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    QProcess botocore;
    botocore.start(python, {QStringLiteral(IMPORTDESK_BOTOCORE_BENCH), QString::number(runs),
                            QString::number(std::max(1, perRun / 10))});
    if (!botocore.waitForFinished(600000) || botocore.exitCode() != 0) {
        std::printf("botocore: not measured (%s)\n",
                    botocore.readAllStandardError().trimmed().constData());
        return 0;
    }
    const QByteArray line = botocore.readAllStandardOutput().trimmed();
    std::printf("%s\n", line.constData());
    const QRegularExpressionMatch median =
        QRegularExpression(QStringLiteral(": ([0-9.]+) µs")).match(QString::fromUtf8(line));
    if (median.hasMatch())
        std::printf("botocore / signature: %.1f×\n",
                    median.captured(1).toDouble() / signature.median);
    return 0;
}
