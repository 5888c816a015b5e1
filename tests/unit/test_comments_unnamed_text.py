"""Reading a comment's text where no class names it (words the parser does not know, our
proxy being `bench.scramble`): the block each item shows in the same place, not the whole item."""

from __future__ import annotations

from tests.support.comment_pages import comments_of

POST = """<div id="p{n}" class="qa qe"><div class="qi"><dl class="qo" id="qu{n}">
  <dt class="qy"><div class="za"></div><a href="./memberlist.php?mode=viewprofile&amp;u={n}" class="ze">{name}</a></dt>
  <dd class="zi"><strong>Posts:</strong> {posts}</dd>
  <dd class="zi"><strong>Joined:</strong> Thu Mar 03, 2016 4:20 am</dd>
  <dd class="zo"><strong>Languages:</strong> {lang}</dd>
  <dd class="zo"><strong>Boards:</strong> C2, XU4</dd>
  <dd class="zi"><strong>Has thanked:</strong> <a href="/thankslist/givens/{n}/true">{posts}</a></dd>
  <dd class="zu"><strong>Contact:</strong> <a href="#" title="Contact {name}"><span>Contact {name}</span></a></dd></dl>
  <div class="zy"><div id="xa{n}"><h3><a href="#p{n}">Re: Blue LED off</a></h3>
  <p class="xe"><span>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={n}" class="ze">{name}</a></strong> » </span>Thu Mar 1{n}, 2016 9:01 am</p>
  <div class="xi">{text}</div></div></div></div></div>"""
POSTS = [
    (
        1,
        "odroid",
        9120,
        "English",
        "The blue LED trigger node exists. Turn it off with the trigger file and it stays off until the next boot.",
    ),
    (
        2,
        "were55",
        33,
        "Spanish",
        "Thanks Odroid, let me know when there is something to test. I can try it on two boards this week, one of them with the old kernel still on it. I will report back here.",
    ),
    (
        3,
        "nstevens",
        2,
        "English",
        "The same trigger works on the C2 as well, I tried it this morning with the latest image and it kept the LED dark after a warm reboot. A cold boot turns it on again though.",
    ),
    (
        4,
        "were55",
        33,
        "Spanish",
        "Works now, thank you! The LED stays dark after a reboot too, and the board no longer lights up the whole room at night. I used the same file on the other board.",
    ),
    (
        5,
        "tobi",
        5,
        "German",
        "Is there a way to make the LED blink on disk activity instead of turning it off? That would be more useful on a headless box in a cupboard. The old image had that as the default, I think.",
    ),
]


def test_a_forum_post_s_text_is_the_block_in_the_same_place_in_every_post_not_its_user_column():
    markup = "<div>{}</div>".format(
        "".join(
            POST.format(n=n, name=name, posts=count, lang=lang, text=text)
            for n, name, count, lang, text in POSTS
        )
    )
    found = comments_of(markup)
    assert [(c.author, c.text) for c in found] == [
        (name, text) for _, name, _, _, text in POSTS[1:]
    ]


def test_a_short_counter_in_each_item_is_not_taken_for_the_text():
    item = """<li class="comment" id="comment-{n}"><div class="count">{n}</div>
      <p><a href="/profile/{name}">{name}</a> <time datetime="2024-05-0{n}T10:00:00Z">May {n}, 2024</time></p>
      <p>{text}</p><p>Second paragraph of the comment by {name}, with some more words in it.</p></li>"""
    names = ["ada", "bola", "chi", "dayo"]
    markup = '<ol class="commentlist">{}</ol>'.format(
        "".join(
            item.format(n=n, name=name, text=f"Comment number {n} says something useful.")
            for n, name in enumerate(names, 1)
        )
    )
    assert [c.text.split("\n")[0] for c in comments_of(markup)] == [
        f"Comment number {n} says something useful." for n in range(1, 5)
    ]


TABLE_POST = """<table class="qa" id="post{n}"><tr><td class="qe"><dl class="qe"><dt class="qi">{name}</dt>
  <dd class="qo">Mar 30, 2012</dd><dd class="qu">{title}</dd></dl></td>
  <td class="qy">{text}</td></tr>
  <tr><td class="za"><a href="#post{n}">#</a> Jan 1{n}, 2013 10:03 PM</td>
  <td class="ze"><ul><li><a href="member.php?action=getinfo&amp;userid={n}">Profile</a></li>
  <li><a href="private.php?action=newmessage&amp;userid={n}">Message</a></li></ul></td></tr></table>"""
TABLE_POSTS = [
    (
        1,
        "Majuju",
        "AAAAAAA all day long",
        "Hey, now, there's a lot of room for debate on this one. Like, a lot. The premier was not the worst one we had. Ask anyone who lived through the nineties here.",
    ),
    (
        2,
        "Pinterest Mom",
        "Courage, my friends. 'Tis not too late to build a better world.",
        "Do I remember hearing recently that the Federal Liberals are polling ahead again this month? I thought they had given up on the west entirely.",
    ),
    (
        3,
        "Majuju",
        "AAAAAAA all day long",
        "They are, but the polls were wrong the last three times and nobody trusts them any more. Wait for the by-elections before reading anything into it.",
    ),
    (
        4,
        "OSI bean dip",
        "So why'd you collect 30,000 gigaquads of data on the subject?",
        "I just want to say that I did vote against the tax just to see what would happen next. It was a protest vote, and I am not sorry about it at all.",
    ),
]


def test_a_post_read_by_its_date_line_takes_its_text_from_the_block_shared_by_all_posts():
    markup = "<div>{}</div>".format(
        "".join(
            TABLE_POST.format(n=n, name=name, title=title, text=text)
            for n, name, title, text in TABLE_POSTS
        )
    )
    found = comments_of(markup)
    assert [(c.author, c.text) for c in found] == [
        (name, text) for _, name, _, text in TABLE_POSTS[1:]
    ]


NUMBERED_POST = """<div id="qz{n}"><table id="qx{n}" class="kq"><tr>
  <td class="vq">12-14-2008, 0{n}:21 AM</td><td class="vq">#<a href="/post{n}.html">{n}</a></td></tr>
  <tr><td class="wq2"><div id="zz_{n}"><a class="zy" href="/members/{n}.html">{name}</a></div>
  <div class="zu">{rank}</div><div class="zu"><div>Join Date: {joined}</div>
  <div>Posts: 1{n}</div></div></td>
  <td class="wq1" id="xz_qx_{n}"><div class="zu"><strong>Re: Major Internet Connection Issue</strong>
  </div><hr><div id="qx_xy_{n}">{text}</div></td></tr>
  <tr><td class="wq2"></td><td class="wq1"><a href="/newreply.php?p={n}"><img alt="Reply"></a></td></tr>
  </table></div>"""
NUMBERED_POSTS = [
    (
        1,
        "huz",
        "Registered User",
        "Dec 2008",
        "My laptop lost its connection after the update and nothing I tried brings it back. The other machines in the house are fine.",
    ),
    (
        2,
        "johnwill",
        "Manager",
        "Sep 2002",
        "Reset the TCP/IP stack from an elevated command prompt, then reboot the machine. Tell us what ipconfig shows after that.",
    ),
    (
        3,
        "Grrr Power",
        "Registered User",
        "Nov 2008",
        "Thank you all for the help. It just needed the modem to be reset in the end. I am posting from the new machine now.",
    ),
    (
        4,
        "BCCOMP",
        "Mod Hardware Team",
        "Jul 2007",
        "Glad to hear you have your issue resolved. Enjoy the new machine, and come back if the connection drops again.",
    ),
]


def test_a_post_s_text_is_the_classless_block_its_id_numbers_with_the_post():
    markup = "<div>{}</div>".format(
        "".join(
            NUMBERED_POST.format(n=n, name=name, rank=rank, joined=joined, text=text)
            for n, name, rank, joined, text in NUMBERED_POSTS
        )
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        (name, text) for _, name, _, _, text in NUMBERED_POSTS[1:]
    ]


def test_the_link_after_an_avatar_to_the_same_page_names_the_commenter():
    item = """<div class="qa" id="qa_{n}"><a class="qe" href="//home.example.com/{user}"><img
      src="/a/{user}.png"></a><div class="qi"><a class="qo" href="//home.example.com/{user}">{name}</a>
      <article class="qu"><span class="qy">{text}</span></article>
      <div class="za"><div class="ze">B{n}</div><div class="ze">2017-09-1{n} 16:28:48</div>
      <button class="zi">Reply</button></div></div></div>"""
    people = [
        (1, "ishi", "Ishigaki", "Went to the mall next door at noon to drop something off."),
        (2, "cake", "Passing Cake", "Hard work, but that mall never seems to have many people."),
        (3, "peng", "Peng Ge", "I have never even been inside it, to be honest with you."),
        (
            4,
            "cake",
            "Passing Cake",
            "Which one do you mean, the old one or the one by the station?",
        ),
    ]
    markup = '<div class="zo">{}</div>'.format(
        "".join(item.format(n=n, user=user, name=name, text=text) for n, user, name, text in people)
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        (name, text)
        for _, _, name, text in people[1:]  # the first, a topic's opening post
    ]


def test_a_post_whose_own_text_place_few_share_follows_the_first_of_two_places_equally_many_use():
    item = """<li class="comment" id="comment-{n}"><span class="comment-author">reader{n}</span>
      <time datetime="2024-10-0{n}T10:00:00Z">October {n}, 2024</time>
      <div class="content one">{one}</div><div class="content two">{two}</div>
      <div class="content three">{three}</div></li>"""
    long = "Post {n} says far more here than in either of the other two places it shows."
    places = [(long.format(n=n), f"Short {n}.", f"C{n}") for n in (1, 2, 3)]
    places += [(f"Short {n}.", long.format(n=n), f"C{n}") for n in (4, 5, 6)]
    places.append(("The first place of post 7.", "The second place of post 7.", long.format(n=7)))
    markup = '<ol class="comment-list">{}</ol>'.format(
        "".join(
            item.format(n=n, one=one, two=two, three=three)
            for n, (one, two, three) in enumerate(places, 1)
        )
    )
    assert comments_of(markup)[-1].text == "The first place of post 7."
