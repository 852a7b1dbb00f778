// sast: safe cwe=643
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

public class XpathSOtherMapKey extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("name");
        Map<String, String> m = new HashMap<>();
        m.put("k1", "safe");
        m.put("k2", param);
        String bar = m.get("k1");
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.evaluate("/users/user[@name='" + bar + "']", new InputSource("users.xml"));
    }
}
