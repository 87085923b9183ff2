#include "core/jwt.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJwt final : public QObject {
    Q_OBJECT

    const QByteArray m_key = "0123456789abcdef0123456789abcdef";
    const QString m_audience = u"api://9d576dc4-b85d-4571-880e-4c6ed4c08c31"_s;

    QByteArray token(qint64 nbf, qint64 exp, const QString &aud) const
    {
        return Jwt::signHs256({{u"aud"_s, aud}, {u"nbf"_s, nbf}, {u"exp"_s, exp}, {u"name"_s, u"Zoë"_s}},
                              m_key);
    }

private slots:
    void signsAndVerifies()
    {
        const QByteArray jwt = token(1000, 2000, m_audience);
        QCOMPARE(jwt.count('.'), 2);
        QString error;
        const auto claims = Jwt::verifyHs256(jwt, m_key, m_audience, 1500, &error);
        QVERIFY2(claims, qPrintable(error));
        QCOMPARE(claims->value(u"name"_s).toString(), u"Zoë"_s);
        QCOMPARE(Jwt::claims(jwt)->value(u"exp"_s).toInteger(), 2000);
    }

    void matchesTheRfc7515HmacExample()
    {
        // RFC 7515 appendix A.1: the signing input and key give this exact signature.
        const QByteArray key = QByteArray::fromBase64(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
            QByteArray::Base64UrlEncoding);
        const QByteArray input =
            "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQo"
            "gImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
        const QByteArray signature = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QString error;
        // The example's exp (1300819380) lies in the past; checked at a time before it, with no audience.
        const auto claims = Jwt::verifyHs256(input + '.' + signature, key, QString(), 1300819379, &error);
        QVERIFY2(claims, qPrintable(error));
        QCOMPARE(claims->value(u"iss"_s).toString(), u"joe"_s);
        QVERIFY(!Jwt::verifyHs256(input + '.' + signature, key, QString(), 1300819380, &error));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("expected");
        const QByteArray good = token(1000, 2000, m_audience);
        QByteArray tampered = good;
        tampered[tampered.indexOf('.') + 3] = tampered[tampered.indexOf('.') + 3] == 'A' ? 'B' : 'A';
        QTest::newRow("expired") << good << qint64(2000) << u"expired"_s;
        QTest::newRow("not yet valid") << good << qint64(999) << u"not valid yet"_s;
        QTest::newRow("other audience")
            << token(1000, 2000, u"api://other"_s) << qint64(1500) << u"audience"_s;
        QTest::newRow("tampered payload") << tampered << qint64(1500) << u"signature"_s;
        QTest::newRow("other key") << Jwt::signHs256({{u"exp"_s, 2000}}, "another key") << qint64(1500)
                                   << u"signature"_s;
        QTest::newRow("not a jwt") << QByteArray("abc.def") << qint64(1500) << u"not a JWT"_s;
        QTest::newRow("alg none") << QByteArray("eyJhbGciOiJub25lIn0.eyJleHAiOjIwMDB9.") << qint64(1500)
                                  << u"header"_s;
    }
    void rejects()
    {
        QFETCH(QByteArray, jwt);
        QFETCH(qint64, now);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Jwt::verifyHs256(jwt, m_key, m_audience, now, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestJwt)
#include "tst_jwt.moc"
