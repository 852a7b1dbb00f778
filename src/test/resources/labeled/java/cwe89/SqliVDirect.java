// sast: vulnerable cwe=89
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

public class SqliVDirect extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("name");
        String bar = param;
        Connection conn = DriverManager.getConnection("jdbc:h2:mem:app");
        Statement st = conn.createStatement();
        st.executeQuery("SELECT * FROM users WHERE name = '" + bar + "'");
    }
}
