package uk.commissioning.claims.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of a claim's query thread: a commissioner's question or the provider's answer. Never edited. */
@Entity
@Table(name = "claim_message")
public class ClaimMessage {

    /** Who wrote it, as the thread shows it. */
    public enum Side {
        COMMISSIONER, PROVIDER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id", updatable = false)
    private Claim claim;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Side side;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ClaimMessage() {
    }

    ClaimMessage(Claim claim, String author, Side side, String body) {
        this.claim = claim;
        this.author = author;
        this.side = side;
        this.body = body;
        this.sentAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String author() {
        return author;
    }

    public Side side() {
        return side;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
