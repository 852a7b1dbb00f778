// sast: safe cwe=22
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

public class PathSParseInt extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("name");
        int n = Integer.parseInt(param);
        String bar = "id" + n;
        File f = new File("/var/data/" + bar);
        f.delete();
    }
}
