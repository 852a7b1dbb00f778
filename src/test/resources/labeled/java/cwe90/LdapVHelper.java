// sast: vulnerable cwe=90
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

public class LdapVHelper extends HttpServlet {
    private String decorate(String p) {
        return "[" + p.trim() + "]";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("name");
        String bar = decorate(param);
        DirContext ctx = new InitialDirContext();
        ctx.search("ou=users,dc=example,dc=com", "(uid=" + bar + ")", new SearchControls());
    }
}
