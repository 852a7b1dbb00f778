// sast: safe cwe=1004
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

public class CheckCookieSecureOnlyOtherVar extends HttpServlet {
    private static final String ALG = "MD5";
    private static final String GOOD_ALG = "SHA-256";
    private static final boolean LEGACY = false;
    private static final String PASSWORD_PROPERTY = "db.password";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        byte[] data = "x".getBytes();
        Cookie a = new Cookie("sid", "v");
        a.setSecure(true);
        a.setHttpOnly(true);
        response.addCookie(a);
    }
}
