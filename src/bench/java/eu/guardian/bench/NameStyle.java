package eu.guardian.bench;

import eu.guardian.child.Sex;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Made-up names in the scripts children arrive with: each entry is "as written=Latin transliteration" (Latin styles
 * have only the Latin form). Given and family names are combined at random, so a generated child is nobody real.
 * Accents and marks (Traoré, Ștefan, أحمد, Йосип) are kept on purpose: search must find them without.
 */
enum NameStyle {

    ARABIC(0.5,
            "محمد=Mohammed, أحمد=Ahmad, عبدالله=Abdullah, عمر=Omar, يوسف=Yusuf, علي=Ali, حسن=Hassan, حسين=Hussein, "
                    + "خالد=Khaled, إبراهيم=Ibrahim, مصطفى=Mustafa, محمود=Mahmoud, سامر=Samer, كريم=Karim, بلال=Bilal, "
                    + "طارق=Tariq, زياد=Ziad, ياسين=Yassin, آدم=Adam, حمزة=Hamza",
            "فاطمة=Fatima, عائشة=Aisha, مريم=Mariam, أمينة=Amina, نور=Nour, زينب=Zainab, ليلى=Layla, هبة=Hiba, "
                    + "رانيا=Rania, سارة=Sara, هدى=Huda, ياسمين=Yasmin, دعاء=Duaa, إسراء=Israa",
            "الحسن=Al-Hassan, حداد=Haddad, خليل=Khalil, منصور=Mansour, ناصر=Nasser, صالح=Saleh, درويش=Darwish, "
                    + "حيدر=Haidar, قاسم=Qasim, عثمان=Othman, العلي=Al-Ali, الأحمد=Al-Ahmad, الخطيب=Al-Khatib, "
                    + "السيد=Al-Sayed, حمدان=Hamdan, يونس=Younes, الشامي=Al-Shami, النجار=Al-Najjar"),

    PASHTO(0.5,
            "احمدالله=Ahmadullah, حبیب الله=Habibullah, رحمت الله=Rahmatullah, ذبیح الله=Zabihullah, میرویس=Mirwais, "
                    + "فرید=Farid, وحید=Wahid, ګل آغا=Gul Agha, زلمی=Zalmai, نجیب الله=Najibullah, "
                    + "شفیق الله=Shafiqullah, عبدالولي=Abdulwali, محمد=Mohammad, نوید=Navid, سمیع الله=Samiullah, "
                    + "اسدالله=Asadullah",
            "وږمه=Wagma, زرغونه=Zarghuna, ملالۍ=Malalai, پروانه=Parwana, مروه=Marwa, صدیقه=Sediqa, شبنم=Shabnam, "
                    + "نازو=Nazo, ګلالۍ=Gulalai, فرشته=Freshta, مینه=Mina, لیلما=Lailuma",
            "ځدراڼ=Zadran, خوګیاڼی=Khogyani, مومند=Momand, اڅکزی=Achakzai, کاکړ=Kakar, وردګ=Wardak, "
                    + "احمدزی=Ahmadzai, پوپلزی=Popalzai, ستانکزی=Stanikzai, کریمي=Karimi, رحیمي=Rahimi, "
                    + "هاشمي=Hashimi, نوري=Noori, سلطاني=Sultani, هوتک=Hotak, شینواری=Shinwari, صافي=Safi"),

    TIGRINYA(0.5,
            "ዮናስ=Yonas, ተስፋይ=Tesfay, ዳዊት=Dawit, ፊልሞን=Filmon, ሙሴ=Mussie, ዮሃንስ=Yohannes, ቢንያም=Biniam, "
                    + "ሄኖክ=Henok, ኣማኑኤል=Amanuel, ሚካኤል=Michael, ሳምኤል=Samuel, ኤርምያስ=Ermias, ናትናኤል=Natnael, "
                    + "ዓወት=Awet, ብርሃነ=Berhane",
            "ሰላም=Selam, ሰናይት=Senait, ሰምሃር=Semhar, ሉዋም=Luwam, ሄለን=Helen, ሩት=Ruth, ሚልካ=Milka, ፅጌ=Tsige, "
                    + "ኣብረኸት=Abrehet, ሳባ=Saba, ዮርዳኖስ=Yordanos, ፍዮሪ=Fiori, ቤተልሄም=Betelhem",
            "ተስፋማርያም=Tesfamariam, ገብረመድህን=Ghebremedhin, ሃይለ=Haile, ኪዳነ=Kidane, በርሀነ=Berhane, "
                    + "ወልደሚካኤል=Woldemichael, ኣብርሃ=Abraha, ተኽለ=Tekle, ገብረሂወት=Ghebrehiwet, መብራህቱ=Mebrahtu, "
                    + "ሃብተ=Habte, ዘርኣይ=Zerai, ሰለሙን=Solomon, ግርማይ=Girmay"),

    UKRAINIAN(0.7,
            "Артем=Artem, Максим=Maksym, Дмитро=Dmytro, Олександр=Oleksandr, Богдан=Bohdan, Іван=Ivan, "
                    + "Андрій=Andrii, Микола=Mykola, Назар=Nazar, Тарас=Taras, Євген=Yevhen, Юрій=Yurii, Йосип=Yosyp, "
                    + "Данило=Danylo",
            "Анастасія=Anastasiia, Софія=Sofiia, Дарина=Daryna, Марія=Mariia, Вікторія=Viktoriia, Олена=Olena, "
                    + "Катерина=Kateryna, Ганна=Hanna, Ірина=Iryna, Юлія=Yuliia, Соломія=Solomiia, Злата=Zlata",
            "Шевченко=Shevchenko, Коваленко=Kovalenko, Бондаренко=Bondarenko, Ткаченко=Tkachenko, Мельник=Melnyk, "
                    + "Кравчук=Kravchuk, Олійник=Oliinyk, Поліщук=Polishchuk, Бойко=Boiko, Савченко=Savchenko, "
                    + "Руденко=Rudenko, Лисенко=Lysenko, Гнатюк=Hnatiuk, Ковальчук=Kovalchuk, Зінченко=Zinchenko"),

    BULGARIAN(0.6,
            "Георги=Georgi, Иван=Ivan, Димитър=Dimitar, Николай=Nikolay, Асен=Asen, Стефан=Stefan, Йордан=Yordan, "
                    + "Христо=Hristo, Любомир=Lyubomir",
            "Мария=Maria, Елена=Elena, Йорданка=Yordanka, Десислава=Desislava, Радка=Radka, Цветелина=Tsvetelina",
            "Иванов=Ivanov, Петров=Petrov, Георгиев=Georgiev, Асенов=Asenov, Йорданов=Yordanov, Христов=Hristov, "
                    + "Маринов=Marinov, Костов=Kostov"),

    SOMALI(0,
            "Mohamed, Abdirahman, Abdullahi, Abdikarim, Hassan, Ahmed, Yusuf, Omar, Bashir, Liban, Guled, Mahad",
            "Hodan, Ayan, Fadumo, Hibo, Sagal, Ifrah, Nasra, Ubah, Deeqa, Muna",
            "Abdi, Farah, Warsame, Hirsi, Jama, Osman, Aden, Ali, Nur, Yusuf, Egal, Mohamud, Dahir"),

    WEST_AFRICAN(0,
            "Mamadou, Ousmane, Ibrahima, Moussa, Aboubacar, Alpha, Sékou, Lamin, Ebrima, Souleymane, Amadou, "
                    + "Boubacar, Modou, Abdoulaye, Sidiki, Mohamed",
            "Fatoumata, Mariama, Kadiatou, Aïssatou, Hawa, Mariam, Binta, Awa, Djénéba, Isatou",
            "Diallo, Bah, Barry, Camara, Traoré, Koné, Touré, Keïta, Sow, Cissé, Jallow, Ceesay, Sylla, Condé, "
                    + "Konaté, Diabaté, Coulibaly, Sanogo"),

    NIGERIAN(0,
            "Chinedu, Emeka, Oluwaseun, Tunde, Ifeanyi, Musa, Abubakar, Uche, Kelechi, Segun, Samuel, Daniel",
            "Chioma, Ngozi, Blessing, Aisha, Funmilayo, Adaeze, Precious, Esther, Folake, Zainab",
            "Okafor, Okonkwo, Adeyemi, Ogunleye, Eze, Nwosu, Bello, Ibrahim, Balogun, Obi, Adebayo, Chukwu"),

    SOUTH_ASIAN(0,
            "Muhammad, Ali, Hamza, Bilal, Usman, Imran, Rahim, Shakil, Rakib, Sabbir, Arif, Tanvir, Mohammad",
            "Ayesha, Fatima, Nusrat, Sadia, Farzana, Tania, Rabia",
            "Khan, Hossain, Rahman, Ahmed, Islam, Chowdhury, Butt, Malik, Iqbal, Hussain, Uddin, Mia"),

    KURDISH(0,
            "Azad, Rêber, Şivan, Dilovan, Karwan, Hejar, Roj, Baran, Serhat",
            "Berfîn, Rojda, Hêlîn, Zozan, Nêrgiz, Jiyan, Rojîn",
            "Ehmed, Xelîl, Şêxo, Hesen, Mistefa, Îbrahîm, Osê, Remo"),

    VIETNAMESE(0,
            "Minh, Hoàng, Đức, Tuấn, Phúc, Huy, Quang",
            "Linh, Ngọc, Thảo, Hương, Trang, Vy",
            "Nguyễn, Trần, Lê, Phạm, Hoàng, Phan, Vũ, Đặng"),

    ROMANIAN(0,
            "Ionuț, Ștefan, Mihai, Florin, Marian, Gabriel, Alexandru, Cristian, Nicolae, Adrian",
            "Andreea, Gabriela, Elena, Ioana, Mădălina, Roxana, Florentina",
            "Popescu, Stoica, Lăcătuș, Dumitru, Constantin, Radu, Stan, Ciobanu, Rădulescu, Dinu, Zamfir"),

    CENTRAL_EUROPEAN(0,
            "Ádám, Bence, Tomáš, Lukáš, Patrik, Dávid, Marek, Kamil, Jakub, Matteo",
            "Zsófia, Petra, Kristína, Nikola, Vanesa, Dominika, Aneta",
            "Horváth, Kovács, Balog, Dvořák, Novák, Oláh, Lakatos, Kováč, Kowalski, Nowak, Rossi, Esposito");

    /** A name as the child's documents or the child write it, and its usual Latin transliteration. */
    record Name(String written, String latin) {
        boolean hasTransliteration() {
            return !written.equals(latin);
        }
    }

    private final double ownScriptShare;
    private final List<Name> boys;
    private final List<Name> girls;
    private final List<Name> families;

    NameStyle(double ownScriptShare, String boys, String girls, String families) {
        this.ownScriptShare = ownScriptShare;
        this.boys = parse(boys);
        this.girls = parse(girls);
        this.families = parse(families);
    }

    /** Share of children of this style registered in their own script (the others in Latin transliteration). */
    double ownScriptShare() {
        return ownScriptShare;
    }

    Name givenName(Sex sex, RandomGenerator random) {
        List<Name> pool = switch (sex) {
            case MALE -> boys;
            case FEMALE -> girls;
            default -> random.nextBoolean() ? boys : girls;
        };
        return pick(pool, random);
    }

    Name familyName(RandomGenerator random) {
        return pick(families, random);
    }

    private static Name pick(List<Name> pool, RandomGenerator random) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static List<Name> parse(String entries) {
        return List.of(entries.split(", ")).stream().map(entry -> {
            String[] parts = entry.split("=", 2);
            return new Name(parts[0], parts.length == 2 ? parts[1] : parts[0]);
        }).toList();
    }
}
