// sast: safe cwe=79
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

public class XssSOtherMapKey extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("name");
        Map<String, String> m = new HashMap<>();
        m.put("k1", "safe");
        m.put("k2", param);
        String bar = m.get("k1");
        response.getWriter().println("<p>Hello " + bar + "</p>");
    }
}
