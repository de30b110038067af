// One checkpoint's weight file opened for reading: `.safetensors`, `.npz` or `.npy` (chosen by
// the file's extension), memory-mapped, with a view of every tensor it holds. Opening reads only
// the headers (and an .npz's zip directory); a tensor's pages are read when its elements are.
// Any thread may read an open WeightFile; it is move-only.
#pragma once

#include "io/weighttensor.h"

#include <string>
#include <utility>
#include <vector>

namespace nd {

enum class WeightFormat { Safetensors, Npz, Npy };

class WeightFile {
public:
    // Throws InputError for an unknown extension, a file that cannot be read, or a malformed file
    // (the format readers' messages). A lone .npy holds one tensor named after the file's stem.
    static WeightFile open(const std::string& path);

    WeightFormat format() const { return m_format; }
    const std::string& path() const { return m_file.path(); }
    const std::vector<TensorView>& tensors() const { return m_tensors; }
    const std::vector<std::pair<std::string, std::string>>& metadata() const { return m_metadata; }
    // nullptr when no tensor has that name.
    const TensorView* find(const std::string& name) const;
    // The tensor of that name; throws InputError naming the file (and the dtype, for a safetensors
    // tensor of a type that is not read) when it is missing.
    const TensorView& tensor(const std::string& name) const;
    bool dropPageCache() const { return m_file.dropPageCache(); }

private:
    MappedFile m_file;
    WeightFormat m_format = WeightFormat::Safetensors;
    std::vector<TensorView> m_tensors;
    std::vector<std::pair<std::string, std::string>> m_metadata;
    std::vector<std::pair<std::string, std::string>> m_unsupported;
};

} // namespace nd
