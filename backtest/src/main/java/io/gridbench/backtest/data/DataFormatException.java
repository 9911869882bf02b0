package io.gridbench.backtest.data;

/**
 * A market-data file broke the schema in {@code data/README.md}. Names the file, the 1-based line (the header is
 * line 1) and the 1-based column with its name, so the CLI can print {@code FILE:LINE:COLUMN: message}.
 */
public final class DataFormatException extends RuntimeException {
    private final String file;
    private final long line;
    private final int column;
    private final String columnName;
    private final String detail;

    public DataFormatException(String file, long line, int column, String columnName, String detail) {
        super(file + ":" + line + ":" + column + ": " + (columnName == null ? "" : "column '" + columnName + "': ")
                + detail);
        this.file = file;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** 1-based column index; 1 for errors about a whole line or the header. */
    public int column() {
        return column;
    }

    public String columnName() {
        return columnName;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }
}
