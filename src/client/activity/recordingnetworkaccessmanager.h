#pragma once

#include <QNetworkAccessManager>
#include <QPointer>

class ActivityLog;

// A network access manager that writes every request it makes to an ActivityLog when the request ends:
// method, host, the path with its non-secret query parameters, status, duration, bytes received, the
// attempt (ActivityEntry::AttemptAttribute) and the server's error ticket. Headers and bodies are never
// looked at, except an error answer's Live Platform problem details for the ticket.
class RecordingNetworkAccessManager final : public QNetworkAccessManager {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingNetworkAccessManager)

public:
    explicit RecordingNetworkAccessManager(ActivityLog *log, QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QPointer<ActivityLog> m_log;
};
