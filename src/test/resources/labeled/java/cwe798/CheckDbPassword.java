// sast: vulnerable cwe=798
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
import java.security.MessageDigest;
import javax.crypto.Cipher;

public class CheckDbPassword extends HttpServlet {
    private static final String ALG = "MD5";
    private static final String GOOD_ALG = "SHA-256";
    private static final boolean LEGACY = false;
    private static final String PASSWORD_PROPERTY = "db.password";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        byte[] data = "x".getBytes();
        Connection conn = DriverManager.getConnection("jdbc:postgresql://db/app", "app", "S3cr3tPassw0rd");
        conn.close();
    }
}
