package app.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public class UserDaoSafe {
    public ResultSet findByName(String name) {
        try {
            Connection c = DriverManager.getConnection("jdbc:postgresql://db/app");
            PreparedStatement ps = c.prepareStatement("SELECT * FROM users WHERE name = ?");
            ps.setString(1, name);
            return ps.executeQuery();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
