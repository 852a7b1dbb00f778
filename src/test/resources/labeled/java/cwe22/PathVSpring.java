// sast: vulnerable cwe=22
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
import org.springframework.web.bind.annotation.*;

@RestController
public class PathVSpring {
    @GetMapping("/find")
    public String find(@RequestParam("name") String bar) throws Exception {
        File f = new File("/var/data/" + bar);
        f.delete();
        return "ok";
    }
}
