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

public class XpathVFormat extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("name");
        String bar = String.format("%s", param);
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.evaluate("/users/user[@name='" + bar + "']", new InputSource("users.xml"));
    }
}
