// Typed-model texts several tests and the benchmarks share (issue 18): the Chialvo map written
// as the built-in computes it (x*x, start (0.5, 2), so orbits are bit-equal to the built-in's),
// the Hénon map, and a ring of ten coupled maps whose Jacobian is mostly zeros (the compile-time
// goal and the generator's table of constant outputs). Header-only.
#pragma once

#include <string>

namespace ndtest {

inline const char* const kTypedChialvo = R"(map
var x = 0.5, y = 2
par a = 0.89, b = 0.18, c = 0.28, k0 = 0.03
x' = x*x*exp(y - x) + k0
y' = a*y - b*x + c
)";

inline const char* const kTypedHenon = R"(map
var x = 0, y = 0
par a = 1.4, b = 0.3
x' = 1 - a*x^2 + y
y' = b*x
)";

// Ten maps on a ring: logistic growth, tanh coupling to the next, a Gaussian kick from the
// previous and a sine: a 10 x 10 Jacobian with 70 zeros and a 10 x 3 parameter Jacobian.
inline std::string typedRingOfTen()
{
    std::string text = "map\n";
    for (int i = 0; i < 10; ++i)
        text += "var u" + std::to_string(i) + " = 0." + std::to_string(i + 1) + "\n";
    text += "par r = 3.7, s = 0.05, c = 0.01\n";
    for (int i = 0; i < 10; ++i) {
        const std::string u = "u" + std::to_string(i), next = "u" + std::to_string((i + 1) % 10),
                          prev = "u" + std::to_string((i + 9) % 10);
        text += u + "' = r*" + u + "*(1 - " + u + ") + s*tanh(" + next + " - " + u + ") + c*exp(-" + prev +
                "^2) - c*sin(" + u + ")\n";
    }
    return text;
}

} // namespace ndtest
