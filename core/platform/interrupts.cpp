#include "platform/interrupts.h"

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Lab::Platform {

namespace {

int pipeFds[2] = {-1, -1};

void onSignal(int /*signal*/)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(pipeFds[1], &byte, 1);
}

} // namespace

int watchInterrupts()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pipeFds) != 0)
        return -1;
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return pipeFds[0];
}

void takeInterrupt(int fd)
{
    char byte = 0;
    [[maybe_unused]] const auto n = ::read(fd, &byte, 1);
}

void stopWatchingInterrupts()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    for (int& fd : pipeFds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

} // namespace Lab::Platform
