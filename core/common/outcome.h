// How a long computation ended, as a value: callers test a result's outcome (or a typed kind
// such as the continuation's StopReason), never the text of its `reason`, which is for people
// and may be reworded. Any thread.
#pragma once

namespace nd {

enum class Outcome {
    Completed, // ran to its end; whether its value is defined is the result's own business
    Canceled,  // stopped early through nd::Progress::isCanceled(); nothing in the result is usable
};

// The reason text of a canceled result: one spelling everywhere (the engine wrote both
// "canceled" and "cancelled").
inline constexpr const char* kCanceledReason = "canceled";

} // namespace nd
