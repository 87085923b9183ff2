#pragma once

#include "client/networkpolicy.h"
#include "client/profiles/connectionprofile.h"

#include <functional>
#include <memory>
#include <QDialog>
#include <QList>
#include <QPointer>

class QLineEdit;
class QNetworkAccessManager;
class QNetworkReply;
class SecretStore;
namespace Ui {
class ProfileDialog;
}

// Adds or edits a connection profile. The fields are checked as the user types; the app registration's
// secret goes to the SecretStore when the dialog is accepted, never into the profile. A stored secret
// follows a renamed profile, but not one whose addresses changed: the dialog says that saving drops it
// (the window then removes the old entries). "Test connection"
// signs in (app registration) or checks that the sign-in service answers (user sign-ins), then asks Live
// Platform once; it runs in the background and stops when the dialog closes.
class ProfileDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // existingNames: names already taken (a new profile may not reuse one; an edited profile keeps its own).
    ProfileDialog(const ConnectionProfile &profile, const QStringList &existingNames, SecretStore *secrets,
                  QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ConnectionProfile profile() const; // what the form holds

    void accept() override;
    void done(int result) override;

private:
    struct Check {
        int order = 0; // where it is listed: sign-in first, Live Platform second
        bool ok = false;
        QString text;
    };
    struct Answer;
    using ReplyHandler = std::function<void(const Answer &answer)>;

    void setProfile(const ConnectionProfile &profile);
    QList<QLineEdit *> textFields() const;
    QStringList problems() const;
    void updateState();
    void updateSignInHelp();
    void updateAddressNote(const ConnectionProfile &profile);
    void setTestResult(const QString &html);
    void fitHeight();
    void readStoredSecretState();
    QString storedSecretKey() const;
    // Whether the secret stored for the profile being edited may be used with p: the same addresses.
    bool storedSecretApplies(const ConnectionProfile &p) const;
    void writeSecret(const QString &key, const QString &secret);

    void toggleTest();
    void startTest();
    void cancelTest();
    void testWithSecret(const ConnectionProfile &profile, const QString &secret);
    void checkLivePlatform(const ConnectionProfile &profile, const QByteArray &token);
    void checkAuthority(const ConnectionProfile &profile);
    void get(const QUrl &url, const ConnectionProfile &profile, const QByteArray &token,
             NetworkPolicy::Service service, ReplyHandler handler);
    void report(const Check &check);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ConnectionProfile m_original; // as stored, when editing
    QString m_originalName;
    QStringList m_existingNames;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam;
    bool m_hasStoredSecret = false;
    bool m_saving = false;
    QString m_saveError;

    // The running test: deleting m_test drops its token request and callbacks.
    QPointer<QObject> m_test;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<Check> m_checks;
    int m_checksPending = 0;
    ConnectionProfile::SignIn m_testedSignIn = ConnectionProfile::SignIn::AppRegistration;
};
