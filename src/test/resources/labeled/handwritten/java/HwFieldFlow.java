// sast: vulnerable cwe=89
import java.sql.*;
import javax.servlet.http.*;

/** Known limit: taint stored in a field by one method and used by another is not followed. */
public class HwFieldFlow extends HttpServlet {
    private String name;
    private Connection conn;

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        this.name = request.getParameter("name");
        query();
    }

    private void query() throws Exception {
        conn.createStatement().executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
    }
}
