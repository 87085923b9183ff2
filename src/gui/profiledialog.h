#pragma once

#include "client/connectiontest.h"
#include "client/profiles/connectionprofile.h"

#include <memory>
#include <QDialog>
#include <QList>
#include <QPointer>

class QLineEdit;
class QNetworkAccessManager;
class SecretStore;
namespace Ui {
class ProfileDialog;
}

// Adds or edits a connection profile. The fields are checked as the user types; the app registration's
// secret goes to the SecretStore when the dialog is accepted, never into the profile. A stored secret
// follows a renamed profile, but not one whose addresses changed: the dialog says that saving drops it
// (the window then removes the old entries). "Test connection" runs a ConnectionTest in the background
// and stops it when the dialog closes.
class ProfileDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // existingNames: names already taken (a new profile may not reuse one; an edited profile keeps its own).
    ProfileDialog(const ConnectionProfile &profile, const QStringList &existingNames, SecretStore *secrets,
                  QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ConnectionProfile profile() const; // what the form holds
    // After Save: the typed secret the keychain refused (kept in memory for this run by the caller), or
    // empty.
    QString unstoredSecret() const;

    void accept() override;
    void done(int result) override;

private:
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
    void showTestResult(const ConnectionTest::Result &result);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ConnectionProfile m_original; // as stored, when editing
    QString m_originalName;
    QStringList m_existingNames;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam;
    bool m_hasStoredSecret = false;
    bool m_saving = false;
    QString m_saveError;
    QString m_unstoredSecret; // typed, refused by the keychain, saved without it on the next Save

    // The running test: deleting it drops its requests and callbacks.
    QPointer<ConnectionTest> m_test;
};
