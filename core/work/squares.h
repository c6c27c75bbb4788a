#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace Lab {

// GCC and Clang; -Wpedantic would flag a plain alias, and a typedef is what __extension__ takes.
__extension__ typedef unsigned __int128 u128; // NOLINT(modernize-use-using)

// Sum of i*i for i in [from, to), exact in 128 bits (n up to about 10^12).
u128 sumOfSquaresRange(std::uint64_t from, std::uint64_t to);

// Sum over [0, n) in slices; between slices `checkpoint` is called and may stop the work by
// returning false (cancellation), which yields std::nullopt.
std::optional<u128> sumOfSquares(std::uint64_t n, const std::function<bool()>& checkpoint);

// n(n-1)(2n-1)/6, the closed form, for checking.
u128 sumOfSquaresClosedForm(std::uint64_t n);

QString toDecimal(u128 value);

} // namespace Lab
