// sast: vulnerable cwe=643
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

public class XpathVCookie extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = "none";
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals("name")) {
                param = c.getValue();
            }
        }
        String bar = param;
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.evaluate("/users/user[@name='" + bar + "']", new InputSource("users.xml"));
    }
}
