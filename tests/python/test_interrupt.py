"""Long calls: Ctrl-C stops them within 0.2 s with KeyboardInterrupt, progress reaches the
callback as rising fractions ending at 1, the GIL is released while the engine works, and the
thread count does not change the results."""
import os
import signal
import threading
import time

import numpy

import neurodyn


def logistic():
    return neurodyn.example("logistic-period-doubling").model


# About ten seconds of work on this machine (2.4e10 map iterations; the engine does ~2e9 a
# second on two cores), in columns of 6 million iterations (milliseconds each), so that the
# engine sees the cancellation long before it would finish.
LONG = {"parameter": "r", "from": 2.8, "to": 4.0, "count": 4000, "bins": 20, "transient": 6000000,
        "samples": 1000}
# About a second of work.
MEDIUM = {"parameter": "r", "from": 2.8, "to": 4.0, "count": 2000, "bins": 50, "transient": 1000000,
          "samples": 1000}


def test_ctrl_c_stops_a_long_orbit_diagram():
    sent = []

    def interrupt():
        time.sleep(0.3)
        sent.append(time.monotonic())
        os.kill(os.getpid(), signal.SIGINT)

    sender = threading.Thread(target=interrupt)
    start = time.monotonic()
    sender.start()
    try:
        neurodyn.orbit_diagram(logistic(), LONG)
        finished = False
    except KeyboardInterrupt:
        finished = True
    finally:
        caught = time.monotonic()
        try:
            sender.join()  # a call that failed otherwise still gets the signal: not the test's
        except KeyboardInterrupt:
            pass
    assert finished, f"orbit_diagram ended after {caught - start:.2f} s without being interrupted"
    assert sent, "the diagram was interrupted before the signal"
    assert caught - sent[0] < 0.2, f"KeyboardInterrupt came {caught - sent[0]:.3f} s after SIGINT"
    # The module still works afterwards.
    assert neurodyn.orbit_diagram(logistic(), count=3, transient=10, samples=10)["escaped_columns"] == 0


def test_progress_rises_to_one():
    fractions = []
    neurodyn.orbit_diagram(logistic(), MEDIUM, progress=fractions.append)
    assert len(fractions) >= 3, fractions
    assert all(0.0 <= f <= 1.0 for f in fractions)
    assert all(a <= b for a, b in zip(fractions, fractions[1:])), fractions
    assert fractions[-1] == 1.0
    # A whole study: one rising fraction over all its stages.
    fractions.clear()
    neurodyn.example("logistic-period-doubling").run(progress=fractions.append)
    assert all(a <= b for a, b in zip(fractions, fractions[1:])) and fractions[-1] == 1.0


def test_progress_callback_errors_stop_the_call():
    class Stop(Exception):
        pass

    def stop(fraction):
        raise Stop()

    start = time.monotonic()
    try:
        neurodyn.orbit_diagram(logistic(), LONG, progress=stop)
        raised = False
    except Stop:
        raised = True
    assert raised and time.monotonic() - start < 1.0


def test_gil_is_released():
    counter = [0]
    running = threading.Event()
    stop = threading.Event()

    def count():
        running.set()
        while not stop.is_set():
            counter[0] += 1

    counting = threading.Thread(target=count)
    counting.start()
    running.wait()
    before = counter[0]
    start = time.monotonic()
    neurodyn.orbit_diagram(logistic(), MEDIUM)
    elapsed = time.monotonic() - start
    during = counter[0] - before
    stop.set()
    counting.join()
    # Held GIL: the counting thread would not run at all during the call (a few switches at most).
    assert elapsed > 0.1 and during > 10000, (elapsed, during)


def test_thread_count_does_not_change_results():
    model = logistic()
    settings = dict(MEDIUM, count=60, transient=2000, samples=2000)
    for function, kwargs in [(neurodyn.orbit_diagram, settings),
                             (neurodyn.scan, {"measure": "lyapunov", "steps": 3000, "transient": 100,
                                              "x": {"parameter": "r", "from": 3.0, "to": 4.0, "count": 40}})]:
        one = function(model, kwargs, threads=1)
        every = function(model, kwargs, threads=None)
        assert {k: v for k, v in one.items() if k != "table"} == {k: v for k, v in every.items() if k != "table"}
        assert list(one["table"]) == list(every["table"])
        for column in one["table"]:
            a, b = one["table"][column], every["table"][column]
            assert a.tobytes() == b.tobytes() if isinstance(a, numpy.ndarray) else a == b
