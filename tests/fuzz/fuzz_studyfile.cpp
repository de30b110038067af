// Fuzz target: the study-file loader must refuse any malformed input with a message and
// never crash, hang or leak, whatever the bytes. Typed models (model type "equations", typed
// network nodes) run on the interpreter here: a compiler started per input would only measure
// the compiler.
#include "equations/native.h"
#include "study/studyfile.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    nd::eq::setNativeCompileMode(nd::eq::NativeCompileMode::Off);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const nd::StudyLoadResult r = nd::studyFromJson(bytes);
    if (r.ok) {
        // Whatever loads must save and load again to the same study.
        const nd::StudyLoadResult again = nd::studyFromJson(nd::studyToJson(r.study));
        if (!again.ok)
            __builtin_trap();
    } else if (r.error.isEmpty()) {
        __builtin_trap(); // a refusal must say why
    }
    return 0;
}
