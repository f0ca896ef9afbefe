#[test]
fn probe() {
    for s in [
        "Jane Doe, CNN", "jane.doe@outlet.com (Jane Doe)", "By Jane Doe | Updated: May 10, 2025 09:30 IST",
        "Jane Doe, John Roe", "By . Jane Doe . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 14:20 EST, 25 October 2013",
        "By . Daily Mail Reporter . PUBLISHED: . 14:11 EST, 25 October 2013 .", "By Jane Doe For MailOnline",
        "HT News Desk", "Express News Service", "TNN", "Agencies", "Daily Mail Reporter", "Reuters staff",
        "Jane Doe | John Roe", "By Jane Doe with John Roe", "By Jane Doe (AP)", "By Jane Doe | Reuters",
        "By JANE DOE, AP Business Writer", "By Jane Doe, Special to The Times", "By Jane Doe, Senior Correspondent",
        "By Jane Doe, Staff Writer", "Story by Jane Doe", "Reporting by Jane Doe", "From Jane Doe in London",
        "By July 2007, prices had doubled.", "By the time the votes were counted", "By contrast, the rest",
        "By Tuesday afternoon, the White House had", "By MICHAEL LIEDTKE     SAN FRANCISCO (AP) --",
        "By LUDWIG VAN BEETHOVEN", "By MICHAEL McDONALD and JEAN-LUC O'NEILL", "Dr. Jane Doe Jr.",
        "By Martin Luther King Jr.", "By John Doe III, The Washington Post", "@janedoe", "Jane Doe @janedoe",
        "By Jane Doe, Press Association", "By Jane Doe\nPress Trust of India", "Edited by Jane Doe",
        "By Channel NewsAsia's Malaysia Correspondent Jane Doe.", "CNN Political Editor Paul Steinhauser",
        "TOI Business Desk", "Express Web Desk", "ET Bureau", "Mail Online Reporter", "Digital Staff", "Staff", "Editorial Board",
        "Our Correspondent", "Staff Reporter", "By Associated Press", "By May Bulman", "By Reuters", "PTI", "By Bloomberg",
        "Kim Warns US", "10,000 Troops", "North Korea’s leader Kim Jong Un defended the country’s role in the war.",
        "Press Trust of India | New Delhi", "Jane Doe, Hindustan Times", "Jane Doe | HT", "By Jane Doe, Al Jazeera",
    ] {
        match copydesk::Byline::parse(s) {
            Ok(b) => println!("{s:?}\n   A={:?} O={:?} R={:?} L={:?} C={:?} D={:?} K={:?}", b.authors().iter().map(|p| p.display()).collect::<Vec<_>>(),
                b.outlets().iter().map(|o| o.canonical()).collect::<Vec<_>>(), b.roles().iter().map(|r| r.as_str()).collect::<Vec<_>>(),
                b.locations().iter().map(|r| r.as_str()).collect::<Vec<_>>(), b.contributors().iter().map(|c| (c.person.display(), c.role)).collect::<Vec<_>>(), b.date().map(|d| d.as_str()), b.contacts().iter().map(|c| c.text.as_str()).collect::<Vec<_>>()),
            Err(e) => println!("{s:?}\n   ERR {e}"),
        }
    }
}
