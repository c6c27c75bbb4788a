#include "platform/pipes.h"

#include <cerrno>
#include <unistd.h>

namespace Lab::Platform {

bool writeAll(int fd, QByteArrayView bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

qsizetype readSome(int fd, char* into, qsizetype capacity)
{
    for (;;) {
        const ssize_t n = ::read(fd, into, size_t(capacity));
        if (n >= 0 || errno != EINTR)
            return n < 0 ? -1 : qsizetype(n);
    }
}

} // namespace Lab::Platform
