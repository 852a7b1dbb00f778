// sast: safe cwe=89
import java.sql.*;
import javax.servlet.http.*;

public class HwParseLong extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        long id = Long.parseLong(request.getParameter("id"));
        try (Statement st = conn.createStatement()) {
            st.executeQuery("SELECT * FROM orders WHERE id = " + id);
        }
    }
}
