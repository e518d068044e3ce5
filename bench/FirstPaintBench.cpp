// latchkey_bench_first_paint [--runs N] [--warmup N] NAME=PROGRAM...
//
// Time from starting a program to its first painted window, without its exit.
// Each program must, like `latchkey` and latchkey_bench_empty_window under
// LATCHKEY_BENCH_QUIT_AFTER_PAINT=1, print "latchkey-first-paint NS" on stderr
// once its first paint has been flushed, NS being std::chrono::steady_clock
// (CLOCK_MONOTONIC) in nanoseconds: the same clock this program reads just
// before starting it. The programs take turns run by run (A B, then B A, ...)
// so a change in machine load does not favour one of them.
//
// Prints one line per program: NAME MEAN_MS SD_MS MIN_MS MAX_MS RUNS.
// No Qt: it only starts processes and reads their stderr.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <optional>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

struct Program
{
    std::string name;
    std::string path;
    std::vector<double> millis;
};

long long steadyNanos()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Runs `path` once; the time from just before starting it to its reported first paint.
std::optional<double> firstPaintMillis(const std::string& path)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0) {
        return std::nullopt;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addclose(&actions, pipeFds[1]);
    std::vector<char> program(path.begin(), path.end());
    program.push_back('\0');
    char* argv[] = {program.data(), nullptr};

    pid_t pid = 0;
    const long long started = steadyNanos();
    const int spawned = posix_spawn(&pid, program.data(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    std::string errors;
    char buffer[4096];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;) {
        errors.append(buffer, static_cast<size_t>(n));
    }
    close(pipeFds[0]);
    if (spawned != 0) {
        std::fprintf(stderr, "bench: could not start %s: %s\n", path.c_str(), std::strerror(spawned));
        return std::nullopt;
    }
    int status = 0;
    waitpid(pid, &status, 0);

    static const std::string marker = "latchkey-first-paint ";
    const size_t at = errors.find(marker);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || at == std::string::npos) {
        std::fprintf(stderr, "bench: %s did not report its first paint; its messages:\n%s\n", path.c_str(),
                     errors.c_str());
        return std::nullopt;
    }
    const long long painted = std::atoll(errors.c_str() + at + marker.size());
    return static_cast<double>(painted - started) / 1e6;
}

int usage()
{
    std::fprintf(stderr, "usage: latchkey_bench_first_paint [--runs N] [--warmup N] NAME=PROGRAM...\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    int runs = 20;
    int warmup = 3;
    std::vector<Program> programs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--runs" || arg == "--warmup") && i + 1 < argc) {
            (arg == "--runs" ? runs : warmup) = std::atoi(argv[++i]);
        } else if (const size_t eq = arg.find('='); eq != std::string::npos && eq > 0) {
            programs.push_back({arg.substr(0, eq), arg.substr(eq + 1), {}});
        } else {
            return usage();
        }
    }
    if (programs.empty() || runs < 1 || warmup < 0) {
        return usage();
    }

    for (int run = -warmup; run < runs; ++run) {
        std::vector<Program*> order;
        for (Program& program : programs) {
            order.push_back(&program);
        }
        if (run % 2 != 0) {
            std::reverse(order.begin(), order.end());
        }
        for (Program* program : order) {
            const std::optional<double> millis = firstPaintMillis(program->path);
            if (!millis) {
                return 1;
            }
            if (run >= 0) {
                program->millis.push_back(*millis);
            }
        }
    }

    for (const Program& program : programs) {
        const std::vector<double>& m = program.millis;
        const double mean = std::accumulate(m.begin(), m.end(), 0.0) / static_cast<double>(m.size());
        double squares = 0;
        for (double x : m) {
            squares += (x - mean) * (x - mean);
        }
        const double sd = m.size() > 1 ? std::sqrt(squares / static_cast<double>(m.size() - 1)) : 0.0;
        std::printf("%s %.2f %.2f %.2f %.2f %zu\n", program.name.c_str(), mean, sd,
                    *std::min_element(m.begin(), m.end()), *std::max_element(m.begin(), m.end()), m.size());
    }
    return 0;
}
