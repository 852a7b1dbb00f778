package app.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

public class UserDao {
    public ResultSet findByName(String name) {
        try {
            Connection c = DriverManager.getConnection("jdbc:postgresql://db/app");
            return c.createStatement().executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
