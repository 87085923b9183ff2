#pragma once

#include <QIODevice>

struct ZSTD_CCtx_s;

// A write-only device that compresses what is written to it into one zstd frame (with a checksum) on
// another device, a block at a time: the uncompressed data is never whole in memory. finish() ends the frame.
class ZstdCompressingDevice final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZstdCompressingDevice)

public:
    ZstdCompressingDevice(QIODevice &target, int level);
    ~ZstdCompressingDevice() override;

    bool isSequential() const override { return true; }
    // Flushes and ends the frame. False (with errorString()) if compressing or writing failed.
    bool finish();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool compress(const char *data, std::size_t size, bool end);

    QIODevice &m_target;
    ZSTD_CCtx_s *m_context;
    QByteArray m_output;
};
