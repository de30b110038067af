#include "io/weightfile.h"

#include "common/errors.h"
#include "io/npy.h"
#include "io/safetensors.h"

#include <filesystem>

namespace nd {

WeightFile WeightFile::open(const std::string& path)
{
    const std::filesystem::path fsPath(path);
    const std::string extension = fsPath.extension().string();
    WeightFile w;
    if (extension == ".safetensors")
        w.m_format = WeightFormat::Safetensors;
    else if (extension == ".npz")
        w.m_format = WeightFormat::Npz;
    else if (extension == ".npy")
        w.m_format = WeightFormat::Npy;
    else
        throw InputError(ND_ENGINE_TEXT("%1: not a weight file NeuroDyn reads (.safetensors, .npz or .npy)"),
                         {path});
    w.m_file = MappedFile(path);
    switch (w.m_format) {
    case WeightFormat::Safetensors: {
        SafetensorsContents c = parseSafetensors(w.m_file.bytes(), path);
        w.m_tensors = std::move(c.tensors);
        w.m_metadata = std::move(c.metadata);
        w.m_unsupported = std::move(c.unsupported);
        break;
    }
    case WeightFormat::Npz:
        w.m_tensors = parseNpz(w.m_file.bytes(), path);
        break;
    case WeightFormat::Npy:
        w.m_tensors.push_back(parseNpy(w.m_file.bytes(), fsPath.stem().string(), path));
        break;
    }
    return w;
}

const TensorView* WeightFile::find(const std::string& name) const
{
    for (const TensorView& t : m_tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

const TensorView& WeightFile::tensor(const std::string& name) const
{
    if (const TensorView* t = find(name))
        return *t;
    for (const auto& [n, dtype] : m_unsupported)
        if (n == name)
            throw InputError(
                ND_ENGINE_TEXT("%1: tensor '%2' has dtype %3, which is not read (F16, BF16, F32, F64)"),
                {path(), name, dtype});
    throw InputError(ND_ENGINE_TEXT("%1: no tensor named '%2'"), {path(), name});
}

} // namespace nd
