#include "cli/progressbar.h"

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace nd::cli {

ProgressBar::ProgressBar(bool enabled) : m_enabled(enabled && isatty(fileno(stderr)) == 1) {}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::start(const QString& label)
{
    std::lock_guard lock(m_mutex);
    m_label = label;
    m_percent = -1;
    draw(0);
}

void ProgressBar::setProgress(double fraction)
{
    std::lock_guard lock(m_mutex);
    draw(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 100.0));
}

void ProgressBar::finish()
{
    std::lock_guard lock(m_mutex);
    if (!m_open)
        return;
    draw(100);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    m_open = false;
}

void ProgressBar::draw(int percent)
{
    if (!m_enabled || percent == m_percent)
        return;
    m_percent = percent;
    m_open = true;
    constexpr int width = 40;
    const int filled = percent * width / 100;
    const QByteArray label = m_label.toLocal8Bit();
    std::fprintf(stderr, "\r%-24.24s [%.*s%*s] %3d%%", label.constData(), filled,
                 "########################################", width - filled, "", percent);
    std::fflush(stderr);
}

} // namespace nd::cli
