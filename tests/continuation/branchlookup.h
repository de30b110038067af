// Test helpers for branches: the first special point with a label, and a one-line summary of a
// branch's special points and stop message for failure messages.
#pragma once

#include "continuation/branch.h"

#include <string>

namespace ndtest {

inline const nd::SpecialPoint* findSpecial(const nd::Branch& b, const std::string& label)
{
    for (const auto& sp : b.specialPoints)
        if (sp.label == label)
            return &sp;
    return nullptr;
}

inline std::string specialLabels(const nd::Branch& b)
{
    std::string s = b.stopMessage + " |";
    for (const auto& sp : b.specialPoints)
        s += " " + sp.label + "(" + std::to_string(sp.point.parameters[0]) + "," +
             std::to_string(sp.point.parameters.back()) + ")";
    return s;
}

} // namespace ndtest
