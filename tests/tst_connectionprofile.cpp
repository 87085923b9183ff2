#include "client/profiles/connectionprofile.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/memorysecretstore.h"

#include <functional>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ConnectionProfile valid()
{
    ConnectionProfile p;
    p.name = u"Contoso / production"_s;
    p.baseUrl = QUrl(u"https://lp.example.net/tenantui"_s);
    p.directory = u"5ad1b0e1-7c3f-4e2a-9b8d-0c6f1e2a3b4c"_s;
    p.clientId = u"3e9d7c5b-2a1f-4e8d-b7c6-5a4f3e2d1c0b"_s;
    p.paged = true;
    p.channelId = 3;
    return p;
}
} // namespace

class TestConnectionProfile final : public QObject {
    Q_OBJECT

private slots:
    void aCompleteProfileHasNoProblems() { QCOMPARE(valid().problems(), QStringList()); }

    void problemsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain http") << u"baseUrl"_s << u"http://lp.example.net/tenantui"_s
                                    << u"Plain http is refused"_s;
        QTest::newRow("no tenantui") << u"baseUrl"_s << u"https://lp.example.net/"_s << u"/tenantui"_s;
        QTest::newRow("http authority") << u"authority"_s << u"http://login.example.net"_s << u"Authority"_s;
        QTest::newRow("directory") << u"directory"_s << u"contoso"_s << u"directory must be"_s;
        QTest::newRow("client id") << u"clientId"_s << u"my-app"_s << u"client id must be"_s;
        QTest::newRow("scope") << u"scope"_s << u"api://x/Numbers.Read"_s << u"/.default"_s;
        QTest::newRow("user before the authority's host")
            << u"authority"_s << u"https://login.microsoftonline.com@evil.example"_s
            << u"Authority: the address holds a user name or password before an @, so requests would go to "
               "evil.example"_s;
        QTest::newRow("user and password in the base URL")
            << u"baseUrl"_s << u"https://admin:hunter2@lp.example.net/tenantui"_s
            << u"Base URL: the address holds a user name or password"_s;
        QTest::newRow("user on loopback") << u"baseUrl"_s << u"http://me@127.0.0.1:8455/tenantui"_s
                                          << u"so requests would go to 127.0.0.1"_s;
        QTest::newRow("ftp authority") << u"authority"_s << u"ftp://login.example.net"_s << u"Authority"_s;
    }
    void problemsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QJsonObject json = valid().toJson();
        json.insert(field, value);
        QString error;
        const auto profile = ConnectionProfile::fromJson(json, &error);
        QVERIFY2(profile, qPrintable(error));
        const QString problems = profile->problems().join(u' ');
        QVERIFY2(problems.contains(expected), qPrintable(problems));
    }

    void aStoredProfileIsCheckedLikeATypedOne()
    {
        // The settings file is not trusted more than the editor: bounds and names are problems too.
        ConnectionProfile p = valid();
        p.timeoutSeconds = 100000;
        p.maxBodyMegabytes = 0;
        p.name = u"red\x1b[31m"_s;
        const QString problems = p.problems().join(u' ');
        QVERIFY2(problems.contains(u"timeout must be between 1 and 3600"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"between 1 and 65536 MB"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"control character (\\x1b)"_s), qPrintable(problems));
    }

    void secretsAreBoundToTheAddresses()
    {
        const ConnectionProfile p = valid();
        QVERIFY2(p.secretKey().startsWith(u"ocnumbers/Contoso / production/"_s), qPrintable(p.secretKey()));
        QVERIFY(p.secretKey().endsWith(u"/client-secret"_s));
        QVERIFY(p.refreshTokenKey().endsWith(u"/refresh-token"_s));
        QCOMPARE(p.addressFingerprint().size(), 16);
        QVERIFY(p.keychainKeys().contains(p.secretKey()) && p.keychainKeys().contains(p.refreshTokenKey()));
        QVERIFY(p.keychainKeys().contains(u"ocnumbers/Contoso / production/client-secret"_s)); // 0.1's
        const QList<std::function<void(ConnectionProfile &)>> moves = {
            [](ConnectionProfile &c) { c.authority = QUrl(u"https://login.evil.example"_s); },
            [](ConnectionProfile &c) { c.directory = u"evil.onmicrosoft.com"_s; },
            [](ConnectionProfile &c) { c.clientId = u"00000000-2a1f-4e8d-b7c6-5a4f3e2d1c0b"_s; },
            [](ConnectionProfile &c) { c.baseUrl = QUrl(u"https://lp.evil.example/tenantui"_s); },
            [](ConnectionProfile &c) { c.name = u"other"_s; }};
        for (const auto &move : moves) {
            ConnectionProfile moved = p;
            move(moved);
            QVERIFY(moved.secretKey() != p.secretKey());
            QVERIFY(moved.refreshTokenKey() != p.refreshTokenKey());
        }
        // What the secret is not bound to leaves the keys as they are, and so does saving and loading.
        ConnectionProfile tuned = p;
        tuned.timeoutSeconds = 300;
        tuned.pageSize = 10;
        tuned.scope = u"api://other/.default"_s;
        tuned.baseUrl = QUrl(u"https://lp.example.net/tenantui/"_s);
        tuned.clientId = p.clientId.toUpper();
        QCOMPARE(tuned.secretKey(), p.secretKey());
        QVERIFY(tuned.sameAddresses(p));
        QString error;
        QCOMPARE(ConnectionProfile::fromJson(p.toJson(), &error)->secretKey(), p.secretKey());
    }

    void loopbackHttpIsAllowed()
    {
        ConnectionProfile p = valid();
        p.baseUrl = QUrl(u"http://127.0.0.1:8455/tenantui"_s);
        p.authority = QUrl(u"http://127.0.0.1:8455"_s);
        QCOMPARE(p.problems(), QStringList());
    }

    void jsonRoundTripsWithoutSecrets()
    {
        const QJsonObject json = valid().toJson();
        QVERIFY(!QJsonDocument(json).toJson().toLower().contains("secret"));
        QString error;
        const auto back = ConnectionProfile::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->channelId, std::optional<int>(3));
        QVERIFY(back->paged);
    }

    void importRefusesSecretsAndUnknownKeys()
    {
        QString error;
        QJsonObject json = valid().toJson();
        json.insert(u"clientSecret"_s, u"x"_s);
        QVERIFY(!ConnectionProfile::fromJson(json, &error));
        QVERIFY2(error.contains(u"never holds secrets"_s), qPrintable(error));
        json = valid().toJson();
        json.insert(u"colour"_s, u"blue"_s);
        QVERIFY(!ConnectionProfile::fromJson(json, &error));
        QVERIFY(error.contains(u"unknown key \"colour\""_s));
        json = valid().toJson();
        json.insert(u"pageSize"_s, u"many"_s);
        QVERIFY(!ConnectionProfile::fromJson(json, &error));
        QVERIFY(error.contains(u"\"pageSize\" must be a whole number"_s));
        json = valid().toJson();
        json.insert(u"api"_s, u"v4"_s);
        QVERIFY(!ConnectionProfile::fromJson(json, &error));
        json = valid().toJson();
        json.insert(u"signIn"_s, u"telepathy"_s);
        QVERIFY(!ConnectionProfile::fromJson(json, &error));
        QVERIFY(error.contains(u"signIn"_s));
    }

    void storeKeepsProfilesByName()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"profiles.ini"_s);
        {
            ProfileStore store(file);
            store.save(valid());
            ConnectionProfile other = valid();
            other.name = u"Another [lab] = test"_s;
            other.paged = false;
            store.save(other);
        }
        ProfileStore store(file);
        QCOMPARE(store.names(), (QStringList{u"Another [lab] = test"_s, u"Contoso / production"_s}));
        const auto loaded = store.load(u"Contoso / production"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), valid().toJson());
        QVERIFY(!store.load(u"missing"_s));
        store.remove(u"Contoso / production"_s);
        QCOMPARE(store.names(), QStringList{u"Another [lab] = test"_s});
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().toLower().contains("secret"));
    }

    void memorySecretStore()
    {
        MemorySecretStore store;
        QString read, error = u"unset"_s;
        store.write(valid().secretKey(), u"s3cret"_s, [&](const QString &e) { error = e; });
        QCOMPARE(error, QString());
        store.read(valid().secretKey(), [&](const QString &s, const QString &) { read = s; });
        QCOMPARE(read, u"s3cret"_s);
        store.remove(valid().secretKey(), [](const QString &) {});
        store.read(valid().secretKey(), [&](const QString &s, const QString &e) {
            read = s;
            error = e;
        });
        QCOMPARE(read, QString());
        QCOMPARE(error, QString());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
