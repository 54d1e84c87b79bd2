package org.yanhu.opendata.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what the application logs while a test runs, so that a test can fail on a logged exception. */
final class LoggedErrors extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    static LoggedErrors capture() {
        LoggedErrors errors = new LoggedErrors();
        Logger.getLogger("").addHandler(errors);
        return errors;
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + ": "
                + record.getMessage());
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        lines.add(line.toString());
    }

    /** Every line that mentions one of these words, such as an exception's class name. */
    List<String> mentioning(String... words) {
        return lines.stream().filter(line -> {
            for (String word : words) {
                if (line.contains(word)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
