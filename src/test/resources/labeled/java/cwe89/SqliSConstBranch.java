// sast: safe cwe=89
import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import javax.naming.directory.*;
import javax.servlet.http.*;
import javax.xml.parsers.*;
import javax.xml.xpath.*;
import org.owasp.esapi.ESAPI;
import org.owasp.encoder.Encode;
import org.xml.sax.InputSource;

public class SqliSConstBranch extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("name");
        int num = 86;
        String bar;
        if ((7 * 42) - num > 200) {
            bar = "This_should_always_happen";
        } else {
            bar = param;
        }
        Connection conn = DriverManager.getConnection("jdbc:h2:mem:app");
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM users WHERE name = '" + bar + "'");
    }
}
