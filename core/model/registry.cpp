#include "model/registry.h"

#include "common/errors.h"
#include "maps/chialvo.h"

#include <functional>
#include <map>

namespace nd {

namespace {
using Factory = std::function<std::unique_ptr<Model>()>;

const std::map<std::string, Factory>& factories()
{
    static const std::map<std::string, Factory> table = {
        {"chialvo", [] { return std::make_unique<ChialvoMap>(); }},
    };
    return table;
}
} // namespace

std::unique_ptr<Model> createModel(const std::string& typeName)
{
    const auto& table = factories();
    const auto it = table.find(typeName);
    if (it == table.end()) {
        std::string known;
        for (const auto& [name, f] : table)
            known += (known.empty() ? "" : ", ") + name;
        throw InputError("unknown model type '" + typeName + "' (known: " + known + ")");
    }
    return it->second();
}

std::vector<std::string> modelTypeNames()
{
    std::vector<std::string> names;
    for (const auto& [name, f] : factories())
        names.push_back(name);
    return names;
}

} // namespace nd
