package dev.storybot.index;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a JDBC connection inside {@link Database#read} or {@link Database#write}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
