package dev.aicoder.auth;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation: the unit of isolation. Everything a customer stores belongs to exactly one tenant. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    public UUID id;

    public String name;

    public String slug;

    /** The operator's own tenant; its admins manage other tenants. */
    public boolean platform;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Tenant create(String name, String slug, boolean platform) {
        Tenant t = new Tenant();
        t.id = UUID.randomUUID();
        t.name = name;
        t.slug = slug;
        t.platform = platform;
        t.createdAt = OffsetDateTime.now();
        return t;
    }
}
