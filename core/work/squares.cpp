#include "work/squares.h"

#include <algorithm>

namespace Lab {

namespace {
// About half a millisecond of work: short enough for a prompt cancel and a 5 ms GIL switch.
constexpr std::uint64_t sliceLength = 1U << 20;
} // namespace

u128 sumOfSquaresRange(std::uint64_t from, std::uint64_t to)
{
    // Below 2^32 a square fits in 64 bits: a 64-bit multiply, and two sums that the CPU adds in
    // parallel, run twice as fast as a 128-bit multiply. Above, the square needs 128 bits.
    constexpr std::uint64_t squareFits64 = std::uint64_t(1) << 32;
    const std::uint64_t fastEnd = std::min(to, std::max(from, squareFits64));
    u128 even = 0;
    u128 odd = 0;
    std::uint64_t i = from;
    for (; i + 1 < fastEnd; i += 2) {
        even += u128(i * i); // below 2^32: the square fits in 64 bits
        odd += u128((i + 1) * (i + 1));
    }
    for (; i < to; ++i)
        even += u128(i) * i;
    return even + odd;
}

std::optional<u128> sumOfSquares(std::uint64_t n, const std::function<bool()>& checkpoint)
{
    u128 sum = 0;
    for (std::uint64_t from = 0; from < n; from += sliceLength) {
        if (checkpoint && !checkpoint())
            return std::nullopt;
        sum += sumOfSquaresRange(from, std::min(n, from + sliceLength));
    }
    return sum;
}

u128 sumOfSquaresClosedForm(std::uint64_t n)
{
    if (n == 0)
        return 0;
    u128 a = n;
    u128 b = n - 1;
    u128 c = 2 * u128(n) - 1;
    // One of n, n-1 is even and one of the three is a multiple of 3: divide before multiplying.
    (a % 2 == 0 ? a : b) /= 2;
    (a % 3 == 0 ? a : (b % 3 == 0 ? b : c)) /= 3;
    return a * b * c;
}

QString toDecimal(u128 value)
{
    if (value == 0)
        return QString(QLatin1Char('0'));
    QString digits;
    while (value > 0) {
        digits.prepend(QLatin1Char(char('0' + int(value % 10))));
        value /= 10;
    }
    return digits;
}

} // namespace Lab
