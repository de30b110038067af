// Fuzz target: the reader of `neurodyn-cli neuromfa --tile` files (app/cli/neuromfatiles.h)
// refuses malformed or lying tiles with a message and never crashes or allocates what a count
// claims. The input is split at NUL bytes into up to four tile files; a merged result's
// checkpoints all have finite steps, and a refusal always says why.
#include "cli/neuromfatiles.h"
#include "common/errors.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::pair<QString, QByteArray>> files;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= size && files.size() < 4; ++i)
        if (i == size || data[i] == 0) {
            files.emplace_back(
                QStringLiteral("tile%1").arg(files.size()),
                QByteArray(reinterpret_cast<const char*>(data + start), static_cast<qsizetype>(i - start)));
            start = i + 1;
        }
    nd::NeuroMfaSeriesResult result;
    QJsonObject settings;
    QString error;
    try {
        if (nd::cli::mergeNeuroMfaTiles(files, result, settings, error)) {
            for (const nd::NeuroMfaCheckpointResult& c : result.checkpoints)
                if (!std::isfinite(c.checkpoint.step))
                    __builtin_trap();
        } else if (error.isEmpty()) {
            __builtin_trap();
        }
    } catch (const nd::InputError&) {
    }
    return 0;
}
