// sast: safe cwe=90
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

public class LdapSHelperConst extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("name");
        String bar = new WrapperLdapSHelperConst().wrap(param);
        DirContext ctx = new InitialDirContext();
        ctx.search("ou=users,dc=example,dc=com", "(uid=" + bar + ")", new SearchControls());
    }
}

class WrapperLdapSHelperConst {
    String wrap(String s) {
        return "constant";
    }
}
