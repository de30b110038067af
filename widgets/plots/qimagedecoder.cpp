#include "plots/qimagedecoder.h"

#include "common/errors.h"
#include "io/imagemask.h"

#include <QImage>
#include <QImageReader>
#include <QString>

namespace nd {

void installQtImageDecoder()
{
    setImageDecoder([](const std::string& path) {
        QImageReader reader(QString::fromStdString(path));
        const QSize size = reader.size();
        if (size.isValid() && static_cast<long>(size.width()) * size.height() > kMaxImagePixels)
            throw InputError(path + ": the image has " + std::to_string(size.width()) + " x " +
                             std::to_string(size.height()) + " pixels; at most " + std::to_string(kMaxImagePixels) +
                             " are read");
        const QImage image = reader.read();
        if (image.isNull())
            throw InputError(path + " is not an image this program can read (" +
                             reader.errorString().toStdString() + ")");
        // Transparent pixels count as white paper: a silhouette drawn on a transparent
        // background is then the dark (or opaque) figure.
        GrayImage out;
        out.width = image.width();
        out.height = image.height();
        out.values.reserve(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                const double a = c.alphaF();
                out.values.push_back(a * (0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF()) + (1.0 - a));
            }
        return out;
    });
}

} // namespace nd
