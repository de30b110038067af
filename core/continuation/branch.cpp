#include "continuation/branch.h"

namespace nd {

std::string branchKindName(BranchKind kind)
{
    switch (kind) {
    case BranchKind::Cycle:
        return "cycle";
    case BranchKind::FoldCurve:
        return "fold-curve";
    case BranchKind::FlipCurve:
        return "flip-curve";
    case BranchKind::NeimarkSacker:
        return "neimark-sacker-curve";
    }
    return "unknown";
}

std::string verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotComputed:
        return "not-computed";
    case Verdict::Supercritical:
        return "supercritical";
    case Verdict::Subcritical:
        return "subcritical";
    case Verdict::Nondegenerate:
        return "nondegenerate";
    case Verdict::Degenerate:
        return "degenerate";
    case Verdict::Undefined:
        return "undefined";
    }
    return "unknown";
}

std::string stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::MaxPoints:
        return "max-points";
    case StopReason::ParameterRange:
        return "parameter-range";
    case StopReason::ModelRange:
        return "model-range";
    case StopReason::StepUnderflow:
        return "step-underflow";
    case StopReason::NewtonDiverged:
        return "newton-diverged";
    case StopReason::NonFinite:
        return "non-finite";
    case StopReason::ClosedLoop:
        return "closed-loop";
    case StopReason::Canceled:
        return "canceled";
    }
    return "unknown";
}

} // namespace nd
