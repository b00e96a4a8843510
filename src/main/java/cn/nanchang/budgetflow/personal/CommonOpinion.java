package cn.nanchang.budgetflow.personal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of a user's 常用意见, at a position in their list. */
@Entity
@Table(name = "common_opinion")
public class CommonOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private int position;
    private String text;

    protected CommonOpinion() {
    }

    CommonOpinion(String username, int position, String text) {
        this.username = username;
        this.position = position;
        this.text = text;
    }

    void changeText(String newText) {
        this.text = newText;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
